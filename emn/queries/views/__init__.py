"""Pages of the ad-hoc queries, one module per part of the workflow."""
