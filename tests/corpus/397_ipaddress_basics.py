# Corpus: the ipaddress module: parsing, networks, membership, host counts and sorting addresses.
import ipaddress
net = ipaddress.ip_network("192.168.1.0/28")
print(net.num_addresses, net.netmask, net.broadcast_address, list(net.hosts())[:3], net.prefixlen)
addr = ipaddress.ip_address("192.168.1.7")
print(addr in net, addr + 10, int(addr), addr.is_private, ipaddress.ip_address("8.8.8.8").is_global)
ips = ["10.0.0.10", "10.0.0.2", "9.255.255.255", "10.0.0.1"]
print(sorted(ips), [str(i) for i in sorted(map(ipaddress.ip_address, ips))])
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.ip_address("::1").version)
try:
    ipaddress.ip_address("256.1.1.1")
except ValueError:
    print("ValueError: not an address")
