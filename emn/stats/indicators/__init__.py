"""Indicators: formulas over datasets (ratios, rates per 100,000, shares, changes), as data."""
