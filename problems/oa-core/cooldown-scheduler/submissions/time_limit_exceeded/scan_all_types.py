# Brute force: at every slot, scan every job type for the best free one. O(slots * types).
def run_schedule(jobs, cooldown):
    left = dict(jobs)
    last = {name: -cooldown - 1 for name in jobs}
    schedule = []
    slot = 0
    total = sum(left.values())
    while total:
        best = None
        for name in left:
            if left[name] and slot - last[name] > cooldown:
                if best is None or (left[name], best) > (left[best], name):
                    best = name
        if best is None:
            schedule.append("idle")
        else:
            schedule.append(best)
            left[best] -= 1
            last[best] = slot
            total -= 1
        slot += 1
    return schedule
