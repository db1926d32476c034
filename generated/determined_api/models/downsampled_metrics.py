from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_type import MetricType, check_metric_type

T = TypeVar("T", bound="DownsampledMetrics")


@_attrs_define
class DownsampledMetrics:
    """
    Attributes:
        data (list[DataPoint]):
        group (str):
        type_ (MetricType):
    """

    data: list[DataPoint]
    group: str
    type_: MetricType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        group = self.group

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "group": group,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data")
        if not isinstance(_data, list):
            raise TypeError(f"DownsampledMetrics.data: expected list, got {type(_data).__name__}")
        data = []
        for data_item_data in _data:
            if not isinstance(data_item_data, dict):
                raise TypeError(f"DownsampledMetrics.data item: expected object, got {type(data_item_data).__name__}")
            data_item = DataPoint.from_dict(data_item_data)

            data.append(data_item)

        group = d.pop("group")
        if type(group) is not str:
            raise TypeError(f"DownsampledMetrics.group: expected str, got {type(group).__name__}")

        _type_ = d.pop("type")
        if type(_type_) is not str:
            raise TypeError(f"DownsampledMetrics.type: expected str, got {type(_type_).__name__}")
        type_ = check_metric_type(_type_)

        downsampled_metrics = cls(
            data,
            group,
            type_,
        )

        downsampled_metrics.additional_properties = d if d else {}
        return downsampled_metrics

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
from ..models.data_point import DataPoint  # noqa: E402
