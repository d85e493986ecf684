# Corpus: a singly linked list: build, reverse, detect a cycle and merge two sorted lists.
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
def build(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head
def to_list(head):
    return [head.val] + to_list(head.next) if head else []
def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
def merge(a, b):
    dummy = tail = Node(0)
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
print(to_list(reverse(build([1, 2, 3, 4]))), to_list(reverse(None)))
print(to_list(merge(build([1, 3, 5]), build([2, 4, 6, 8]))))
cyc = build([1, 2, 3])
cyc.next.next.next = cyc
print(has_cycle(cyc), has_cycle(build([1, 2])))
