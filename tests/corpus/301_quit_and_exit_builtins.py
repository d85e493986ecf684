# Corpus: ending a script early with the exit() and quit() built-ins after printing an answer.
def solve(nums):
    for n in nums:
        if n < 0:
            print("found negative:", n)
            return True
    return False

if solve([3, 1, -4, 1]):
    print("stopping early")
    quit()
print("not printed")
