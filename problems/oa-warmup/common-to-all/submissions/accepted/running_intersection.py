def common_to_all(clubs):
    """Returns the set of students who are members of every club."""
    common = set(clubs[0])
    for club in clubs[1:]:
        common = common & set(club)  # narrow down the running result
    return common
