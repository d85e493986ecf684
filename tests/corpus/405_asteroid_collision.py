# Corpus: stack simulations: asteroid collisions and removing adjacent duplicates k at a time.
def asteroids(a):
    st = []
    for x in a:
        alive = True
        while alive and x < 0 and st and st[-1] > 0:
            if st[-1] < -x:
                st.pop()
            elif st[-1] == -x:
                st.pop()
                alive = False
            else:
                alive = False
        if alive:
            st.append(x)
    return st
def remove_dups(s, k):
    st = []
    for ch in s:
        if st and st[-1][0] == ch:
            st[-1][1] += 1
            if st[-1][1] == k:
                st.pop()
        else:
            st.append([ch, 1])
    return "".join(c * n for c, n in st)
print(asteroids([5, 10, -5]), asteroids([8, -8]), asteroids([10, 2, -5]), asteroids([-2, -1, 1, 2]))
print(remove_dups("abcd", 2), remove_dups("deeedbbcccbdaa", 3), remove_dups("pbbcggttciiippooaais", 2))
