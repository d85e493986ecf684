class Playlist:
    def __init__(self, name, songs=None):
        self.name = name
        self._songs = list(songs) if songs is not None else []

    @staticmethod
    def _key(title):
        return title.strip().lower()

    def add(self, title):
        self._songs.append(title)

    def remove(self, title):
        key = self._key(title)
        for i, song in enumerate(self._songs):
            if self._key(song) == key:
                del self._songs[i]
                return
        raise ValueError(f"{title!r} is not in the playlist")

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        return self._songs[index]  # list indexing already handles -1 and raises IndexError

    def __setitem__(self, index, title):
        self._songs[index] = title

    def __contains__(self, title):
        key = self._key(title)
        return any(self._key(song) == key for song in self._songs)

    def __repr__(self):
        n = len(self._songs)
        return f"Playlist({self.name!r}, {n} song{'' if n == 1 else 's'})"
