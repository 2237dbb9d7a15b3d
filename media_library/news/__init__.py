"""News and success stories ("Viden og historier"): the editors' workflow, the public pages and
the feeds. The models live in media_library.models."""
