from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProtobufAny")


@_attrs_define
class ProtobufAny:
    """A protobuf `Any` as it travels: `@type` names the message type, and that message's own fields sit beside it in the
    same object.

        Attributes:
            type_ (str): The type's URL, ending in its full protobuf name, e.g. `type.googleapis.com/google.rpc.ErrorInfo`.
    """

    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("@type")
        if type(type_) is not str:
            raise TypeError(f"ProtobufAny.@type: expected str, got {type(type_).__name__}")

        protobuf_any = cls(
            type_,
        )

        protobuf_any.additional_properties = d if d else {}
        return protobuf_any

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
