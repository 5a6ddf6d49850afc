"""The SDMX 2.1 RESTful web service at /sdmx/2.1/, in the shapes of Eurostat's."""
