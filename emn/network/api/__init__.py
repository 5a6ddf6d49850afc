"""The network's part of the REST API: countries, organisations, NCPs, directory, groups."""
