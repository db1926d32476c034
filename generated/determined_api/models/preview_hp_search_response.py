from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewHPSearchResponse")


@_attrs_define
class PreviewHPSearchResponse:
    """
    Attributes:
        summary (None | SearchSummary | Unset):
    """

    summary: None | SearchSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, SearchSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: None | SearchSummary | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            if not isinstance(_summary, dict):
                raise TypeError(f"PreviewHPSearchResponse.summary: expected object, got {type(_summary).__name__}")
            summary_type_0 = SearchSummary.from_dict(_summary)

            summary = summary_type_0

        preview_hp_search_response = cls(
            summary,
        )

        preview_hp_search_response.additional_properties = d if d else {}
        return preview_hp_search_response

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
from ..models.search_summary import SearchSummary  # noqa: E402
