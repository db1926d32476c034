from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.launch_warning import LaunchWarning, check_launch_warning
from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchCommandResponse")


@_attrs_define
class LaunchCommandResponse:
    """
    Attributes:
        command (Command | None):
        config (LaunchCommandResponseConfigType0 | None):
        warnings (list[LaunchWarning] | Unset):
    """

    command: Command | None
    config: LaunchCommandResponseConfigType0 | None
    warnings: list[LaunchWarning] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: dict[str, Any] | None
        if isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

        config: dict[str, Any] | None
        if isinstance(self.config, LaunchCommandResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item: str = warnings_item_data
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "config": config,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _command = d.pop("command")
        command: Command | None
        if _command is None:
            command = _command
        else:
            if not isinstance(_command, dict):
                raise TypeError(f"LaunchCommandResponse.command: expected object, got {type(_command).__name__}")
            command_type_0 = Command.from_dict(_command)

            command = command_type_0

        _config = d.pop("config")
        config: LaunchCommandResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"LaunchCommandResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = LaunchCommandResponseConfigType0.from_dict(_config)

            config = config_type_0

        _warnings = d.pop("warnings", UNSET)
        warnings: list[LaunchWarning] | Unset = UNSET
        if _warnings is not UNSET:
            if not isinstance(_warnings, list):
                raise TypeError(f"LaunchCommandResponse.warnings: expected list, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                if type(warnings_item_data) is not str:
                    raise TypeError(
                        f"LaunchCommandResponse.warnings item: expected str, got {type(warnings_item_data).__name__}"
                    )
                warnings_item = check_launch_warning(warnings_item_data)

                warnings.append(warnings_item)

        launch_command_response = cls(
            command,
            config,
            warnings,
        )

        launch_command_response.additional_properties = d if d else {}
        return launch_command_response

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
from ..models.command import Command  # noqa: E402
from ..models.launch_command_response_config_type_0 import LaunchCommandResponseConfigType0  # noqa: E402
