"""Every write to the library: permission check, validation, transaction, audit, tasks.

Publications and their texts (`publications`), their files (`files`), the archive rules
(`policy`) and the system step that files a published ad-hoc query (`compilation`).
"""

from emn.library.services.compilation import publish_compilation
from emn.library.services.files import add_file, remove_file
from emn.library.services.policy import set_archive_policy
from emn.library.services.publications import (
    clean_texts,
    create_publication,
    delete_publication,
    update_publication,
)

__all__ = [
    "add_file",
    "clean_texts",
    "create_publication",
    "delete_publication",
    "publish_compilation",
    "remove_file",
    "set_archive_policy",
    "update_publication",
]
