"""Following sources: polite fetching of feeds, sitemaps and pages, kept in WARC files."""
