"""EMN Exchange: the information exchange system of the European Migration Network."""
