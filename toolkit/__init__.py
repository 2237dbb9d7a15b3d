"""Tools in the drejebog format, simplified versions, PDFs, starter pack and cookbook (issue 4)."""
