"""Search across tools, stories, videos and podcast episodes."""
