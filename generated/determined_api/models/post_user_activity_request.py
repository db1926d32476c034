from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_type import ActivityType, check_activity_type
from ..models.entity_type import EntityType, check_entity_type

T = TypeVar("T", bound="PostUserActivityRequest")


@_attrs_define
class PostUserActivityRequest:
    """
    Attributes:
        activity_type (ActivityType):
        entity_id (int):
        entity_type (EntityType):
    """

    activity_type: ActivityType
    entity_id: int
    entity_type: EntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_type: str = self.activity_type

        entity_id = self.entity_id

        entity_type: str = self.entity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityType": activity_type,
                "entityId": entity_id,
                "entityType": entity_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _activity_type = d.pop("activityType")
        if type(_activity_type) is not str:
            raise TypeError(f"PostUserActivityRequest.activityType: expected str, got {type(_activity_type).__name__}")
        activity_type = check_activity_type(_activity_type)

        entity_id = d.pop("entityId")
        if type(entity_id) is not int:
            raise TypeError(f"PostUserActivityRequest.entityId: expected int, got {type(entity_id).__name__}")

        _entity_type = d.pop("entityType")
        if type(_entity_type) is not str:
            raise TypeError(f"PostUserActivityRequest.entityType: expected str, got {type(_entity_type).__name__}")
        entity_type = check_entity_type(_entity_type)

        post_user_activity_request = cls(
            activity_type,
            entity_id,
            entity_type,
        )

        post_user_activity_request.additional_properties = d if d else {}
        return post_user_activity_request

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
