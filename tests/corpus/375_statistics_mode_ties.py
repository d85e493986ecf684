# Corpus: statistics.mode returns the first mode on ties (3.8+), multimode returns all, median of evens.
import statistics as st
print(st.mode([1, 1, 2, 2, 3]), st.mode([2, 2, 1, 1]), st.mode(["b", "a", "b", "a"]), st.multimode([2, 2, 1, 1, 3]))
print(st.median([1, 2, 3, 4]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([1, 2, 3, 4]), st.fmean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__, st.mean([1.0, 2]))
print(st.multimode(""), st.multimode("aabbbbccddddeeffffgg"))
try:
    st.median([])
except st.StatisticsError:
    print("StatisticsError: median of empty")
