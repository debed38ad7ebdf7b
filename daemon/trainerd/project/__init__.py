"""Facts about the user's project that every service shares: on-disk names, which Python runs it,
which folders to walk, whether a recorded process still runs, and the clock. pygls-free."""
