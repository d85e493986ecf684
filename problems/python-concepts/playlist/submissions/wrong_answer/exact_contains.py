# Uses plain list membership, so "tum hi ho" is not found in a playlist with "Tum Hi Ho".
class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self._songs = list(songs) if songs is not None else []

    def add(self, title):
        self._songs.append(title)

    def remove(self, title):
        key = title.strip().lower()
        for i, song in enumerate(self._songs):
            if song.strip().lower() == key:
                del self._songs[i]
                return
        raise ValueError(title)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        return self._songs[index]

    def __setitem__(self, index, title):
        self._songs[index] = title

    def __contains__(self, title):
        return title in self._songs

    def __repr__(self):
        n = len(self._songs)
        return f"Playlist({self.name!r}, {n} song{'' if n == 1 else 's'})"
