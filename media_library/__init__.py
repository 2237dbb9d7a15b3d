"""Videos, podcast, news and success stories, feeds (issue 5)."""
