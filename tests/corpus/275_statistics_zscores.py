# Corpus: z-scores and outlier detection with statistics.mean/stdev, percentiles by hand, rounded output.
import statistics as st
data = [12, 15, 14, 10, 18, 20, 11, 95, 13, 16]
mu, sd = st.mean(data), st.stdev(data)
print(mu, round(sd, 6))
z = [round((x - mu) / sd, 3) for x in data]
print(z)
print([x for x, zz in zip(data, z) if abs(zz) > 2])
def percentile(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    f = int(k)
    return xs[f] + (xs[min(f + 1, len(xs) - 1)] - xs[f]) * (k - f)
print([percentile(data, p) for p in (0, 25, 50, 75, 100)], st.median(data), st.quantiles(data, n=10, method="inclusive")[:3])
clean = [x for x in data if x != 95]
print(st.mean(clean), st.pstdev(clean), st.mode([1, 2, 2, 3, 3]))
