"""The network: countries, organisations, NCPs, Steering Board, expert groups, directory."""
