"""The web app: pages, JSON twins and the REST API over the store."""
