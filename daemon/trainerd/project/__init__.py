"""Facts about the user's project that every service shares: on-disk names, which Python runs it,
which folders to walk, whether a recorded process still runs, the clock, and the names a plain
assignment in their source binds. pygls-free."""
