"""Ad-hoc queries: questions to every country, answers per country, compilations."""
