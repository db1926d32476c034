from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTensorboardsResponse")


@_attrs_define
class GetTensorboardsResponse:
    """
    Attributes:
        tensorboards (list[Tensorboard]):
        pagination (None | Pagination | Unset):
    """

    tensorboards: list[Tensorboard]
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tensorboards = []
        for tensorboards_item_data in self.tensorboards:
            tensorboards_item = tensorboards_item_data.to_dict()
            tensorboards.append(tensorboards_item)

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tensorboards": tensorboards,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tensorboards = d.pop("tensorboards")
        if not isinstance(_tensorboards, list):
            raise TypeError(f"GetTensorboardsResponse.tensorboards: expected list, got {type(_tensorboards).__name__}")
        tensorboards = []
        for tensorboards_item_data in _tensorboards:
            if not isinstance(tensorboards_item_data, dict):
                raise TypeError(
                    f"GetTensorboardsResponse.tensorboards item: expected object, got {type(tensorboards_item_data).__name__}"
                )
            tensorboards_item = Tensorboard.from_dict(tensorboards_item_data)

            tensorboards.append(tensorboards_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(
                    f"GetTensorboardsResponse.pagination: expected object, got {type(_pagination).__name__}"
                )
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_tensorboards_response = cls(
            tensorboards,
            pagination,
        )

        get_tensorboards_response.additional_properties = d if d else {}
        return get_tensorboards_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.tensorboard import Tensorboard  # noqa: E402
