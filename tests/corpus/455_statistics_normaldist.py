# Corpus: statistics.NormalDist: cdf, inverse cdf, overlap and arithmetic on distributions, rounded.
from statistics import NormalDist
iq = NormalDist(100, 15)
print(round(iq.cdf(130), 6), round(iq.inv_cdf(0.975), 4), round(iq.pdf(100), 6), iq.mean, iq.stdev)
print(round(iq.overlap(NormalDist(110, 15)), 6), iq + 5, iq * 2, round(NormalDist().zscore(1.5), 3))
print([round(x, 3) for x in NormalDist(0, 1).quantiles(4)], NormalDist.from_samples([1, 2, 3, 4, 5]))
