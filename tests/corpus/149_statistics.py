# Corpus: statistics: mean, median variants, mode/multimode, stdev/variance, quantiles.
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode([1, 1, 2, 2, 3]), st.mode("aabbbc"), st.pstdev(data), st.pvariance(data))
print(st.stdev(data), st.variance(data), st.quantiles(data, n=4), st.median([1, 3, 2]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1.5, 2.5]), st.harmonic_mean([40, 60]), st.geometric_mean([1, 4]) )
try:
    st.mean([])
except st.StatisticsError:
    print("StatisticsError: mean of empty data")
print(st.median_grouped([1, 2, 2, 3, 4]), round(st.correlation([1, 2, 3], [2, 4, 7]), 10), st.linear_regression([1, 2, 3], [2, 4, 6]))
