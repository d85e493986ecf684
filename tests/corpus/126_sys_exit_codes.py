# Corpus: sys.exit with a non-zero status after output (an "exit" ending, not an exception).
import sys
def main():
    print("checking input")
    if not sys.stdin.read().strip():
        print("no input given")
        return 3
    return 0
sys.exit(main())
