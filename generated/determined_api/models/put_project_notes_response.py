from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PutProjectNotesResponse")


@_attrs_define
class PutProjectNotesResponse:
    """
    Attributes:
        notes (list[Note]):
    """

    notes: list[Note]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = []
        for notes_item_data in self.notes:
            notes_item = notes_item_data.to_dict()
            notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notes = d.pop("notes")
        if not isinstance(_notes, list):
            raise TypeError(f"PutProjectNotesResponse.notes: expected list, got {type(_notes).__name__}")
        notes = []
        for notes_item_data in _notes:
            if not isinstance(notes_item_data, dict):
                raise TypeError(
                    f"PutProjectNotesResponse.notes item: expected object, got {type(notes_item_data).__name__}"
                )
            notes_item = Note.from_dict(notes_item_data)

            notes.append(notes_item)

        put_project_notes_response = cls(
            notes,
        )

        put_project_notes_response.additional_properties = d if d else {}
        return put_project_notes_response

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
from ..models.note import Note  # noqa: E402
