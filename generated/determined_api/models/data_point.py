from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataPoint")


@_attrs_define
class DataPoint:
    """
    Attributes:
        batches (int):
        time (datetime.datetime | None):
        epoch (float | Unset):
        values (DataPointValuesType0 | None | Unset):
    """

    batches: int
    time: datetime.datetime | None
    epoch: float | Unset = UNSET
    values: DataPointValuesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches = self.batches

        time: None | str
        if isinstance(self.time, datetime.datetime):
            time = self.time.isoformat()
        else:
            time = self.time

        epoch: float | str | Unset
        if isinstance(self.epoch, float) and not math.isfinite(self.epoch):
            epoch = "NaN" if math.isnan(self.epoch) else ("Infinity" if self.epoch > 0 else "-Infinity")
        else:
            epoch = self.epoch

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, DataPointValuesType0):
            values = self.values.to_dict()
        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batches": batches,
                "time": time,
            }
        )
        if epoch is not UNSET:
            field_dict["epoch"] = epoch
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batches = d.pop("batches")
        if type(batches) is not int:
            raise TypeError(f"DataPoint.batches: expected int, got {type(batches).__name__}")

        _time = d.pop("time")
        time: datetime.datetime | None
        if _time is None:
            time = _time
        else:
            if type(_time) is not str:
                raise TypeError(f"DataPoint.time: expected str (date-time), got {type(_time).__name__}")
            time_type_0 = datetime.datetime.fromisoformat(_time)

            time = time_type_0

        _epoch = d.pop("epoch", UNSET)
        epoch: float | Unset
        if type(_epoch) is float or type(_epoch) is int:
            epoch = _epoch
        elif _epoch in ("NaN", "Infinity", "-Infinity"):
            epoch = float(_epoch)
        elif _epoch is UNSET:
            epoch = UNSET
        else:
            raise TypeError(f"DataPoint.epoch: expected number, got {type(_epoch).__name__}")

        _values = d.pop("values", UNSET)
        values: DataPointValuesType0 | None | Unset
        if _values is None or _values is UNSET:
            values = _values
        else:
            if not isinstance(_values, dict):
                raise TypeError(f"DataPoint.values: expected object, got {type(_values).__name__}")
            values_type_0 = DataPointValuesType0.from_dict(_values)

            values = values_type_0

        data_point = cls(
            batches,
            time,
            epoch,
            values,
        )

        data_point.additional_properties = d if d else {}
        return data_point

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
from ..models.data_point_values_type_0 import DataPointValuesType0  # noqa: E402
