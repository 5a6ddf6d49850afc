"""The library's pages: lists, a publication's page, editing, files and archive rules."""
