"""Ad-hoc queries in the REST API: list, draft, launch, answer, submit, compile, publish, export."""
