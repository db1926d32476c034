from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCommandResponse")


@_attrs_define
class GetCommandResponse:
    """
    Attributes:
        command (Command | None):
        config (GetCommandResponseConfigType0 | None):
    """

    command: Command | None
    config: GetCommandResponseConfigType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: dict[str, Any] | None
        if isinstance(self.command, Command):
            command = self.command.to_dict()
        else:
            command = self.command

        config: dict[str, Any] | None
        if isinstance(self.config, GetCommandResponseConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "config": config,
            }
        )

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
                raise TypeError(f"GetCommandResponse.command: expected object, got {type(_command).__name__}")
            command_type_0 = Command.from_dict(_command)

            command = command_type_0

        _config = d.pop("config")
        config: GetCommandResponseConfigType0 | None
        if _config is None:
            config = _config
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"GetCommandResponse.config: expected object, got {type(_config).__name__}")
            config_type_0 = GetCommandResponseConfigType0.from_dict(_config)

            config = config_type_0

        get_command_response = cls(
            command,
            config,
        )

        get_command_response.additional_properties = d if d else {}
        return get_command_response

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
from ..models.get_command_response_config_type_0 import GetCommandResponseConfigType0  # noqa: E402
