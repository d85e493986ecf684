# Corpus: the if __name__ == "__main__": main() pattern that most OA templates use.
import sys

def solve(data):
    nums = list(map(int, data.split()))
    return sum(nums), len(nums)

def main():
    total, count = solve(sys.stdin.read())
    print(f"total={total} count={count}")

print(__name__)
if __name__ == "__main__":
    main()
