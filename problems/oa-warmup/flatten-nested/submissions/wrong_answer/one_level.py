# Opens only the outer carton's direct sub-cartons: anything nested deeper stays a list.
def flatten(nested):
    flat = []
    for item in nested:
        if isinstance(item, list):
            flat.extend(item)
        else:
            flat.append(item)
    return flat
