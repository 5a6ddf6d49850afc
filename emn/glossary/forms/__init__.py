"""Forms of the glossary pages: they parse input; the services decide and write."""

from emn.glossary.forms.concept import ConceptForms
from emn.glossary.forms.exchange import ImportForm, PublishForm, SheetUploadForm

__all__ = ["ConceptForms", "ImportForm", "PublishForm", "SheetUploadForm"]
