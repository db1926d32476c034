from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetNotebookPriorityResponse")


@_attrs_define
class SetNotebookPriorityResponse:
    """
    Attributes:
        notebook (None | Notebook | Unset):
    """

    notebook: None | Notebook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebook: dict[str, Any] | None | Unset
        if isinstance(self.notebook, Unset):
            notebook = UNSET
        elif isinstance(self.notebook, Notebook):
            notebook = self.notebook.to_dict()
        else:
            notebook = self.notebook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notebook is not UNSET:
            field_dict["notebook"] = notebook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notebook = d.pop("notebook", UNSET)
        notebook: None | Notebook | Unset
        if _notebook is None or _notebook is UNSET:
            notebook = _notebook
        else:
            if not isinstance(_notebook, dict):
                raise TypeError(
                    f"SetNotebookPriorityResponse.notebook: expected object, got {type(_notebook).__name__}"
                )
            notebook_type_0 = Notebook.from_dict(_notebook)

            notebook = notebook_type_0

        set_notebook_priority_response = cls(
            notebook,
        )

        set_notebook_priority_response.additional_properties = d if d else {}
        return set_notebook_priority_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.notebook import Notebook  # noqa: E402
