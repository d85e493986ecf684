# Corpus: more linked lists: remove nth from end, middle node, palindrome list, add two numbers.
class ListNode:
    def __init__(self, v, n=None):
        self.val, self.next = v, n
def make(xs):
    head = None
    for x in reversed(xs):
        head = ListNode(x, head)
    return head
def values(h):
    return [h.val] + values(h.next) if h else []
def remove_nth_from_end(head, n):
    dummy = ListNode(0, head)
    fast = slow = dummy
    for _ in range(n + 1):
        fast = fast.next
    while fast:
        fast, slow = fast.next, slow.next
    slow.next = slow.next.next
    return dummy.next
def middle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    return slow.val
def add_two(a, b):
    dummy = tail = ListNode(0)
    carry = 0
    while a or b or carry:
        s = (a.val if a else 0) + (b.val if b else 0) + carry
        carry, d = divmod(s, 10)
        tail.next = ListNode(d)
        tail = tail.next
        a, b = a and a.next, b and b.next
    return dummy.next
print(values(remove_nth_from_end(make([1, 2, 3, 4, 5]), 2)), values(remove_nth_from_end(make([1]), 1)))
print(middle(make([1, 2, 3, 4, 5])), middle(make([1, 2, 3, 4, 5, 6])))
print(values(make([1, 2, 2, 1])) == values(make([1, 2, 2, 1]))[::-1], values(add_two(make([2, 4, 3]), make([5, 6, 4]))), values(add_two(make([9, 9, 9]), make([1]))))
