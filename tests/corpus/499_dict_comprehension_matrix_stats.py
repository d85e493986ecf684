# Corpus: dict and set comprehensions computing statistics over a matrix of scores.
scores = {"ann": [90, 85, 77], "bob": [60, 75, 80], "cy": [88, 92, 95], "dee": [70, 70, 70]}
avg = {k: sum(v) / len(v) for k, v in scores.items()}
print({k: round(v, 2) for k, v in avg.items()})
print(sorted({k for k, v in avg.items() if v >= 80}), sorted(avg, key=avg.get, reverse=True))
by_test = {i: max(scores, key=lambda k: scores[k][i]) for i in range(3)}
print(by_test, {k: max(v) - min(v) for k, v in scores.items()})
grade = {k: "A" if v >= 90 else "B" if v >= 80 else "C" if v >= 70 else "D" for k, v in avg.items()}
print(grade, {g: sorted(k for k in grade if grade[k] == g) for g in sorted(set(grade.values()))})
