from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState, check_task_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Shell")


@_attrs_define
class Shell:
    """
    Attributes:
        description (str):
        id (str):
        job_id (str):
        resource_pool (str):
        start_time (datetime.datetime | None):
        state (TaskState): Where an allocation is, from `STATE_QUEUED` to `STATE_TERMINATED`.
        username (str):
        workspace_id (int):
        addresses (list[ShellAddressesItem] | Unset):
        agent_user_group (None | ShellAgentUserGroupType0 | Unset):
        container (Container | None | Unset):
        display_name (str | Unset):
        exit_status (str | Unset):
        private_key (str | Unset):
        public_key (str | Unset):
        user_id (int | Unset):
    """

    description: str
    id: str
    job_id: str
    resource_pool: str
    start_time: datetime.datetime | None
    state: TaskState
    username: str
    workspace_id: int
    addresses: list[ShellAddressesItem] | Unset = UNSET
    agent_user_group: None | ShellAgentUserGroupType0 | Unset = UNSET
    container: Container | None | Unset = UNSET
    display_name: str | Unset = UNSET
    exit_status: str | Unset = UNSET
    private_key: str | Unset = UNSET
    public_key: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        job_id = self.job_id

        resource_pool = self.resource_pool

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        state: str = self.state

        username = self.username

        workspace_id = self.workspace_id

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        agent_user_group: dict[str, Any] | None | Unset
        if isinstance(self.agent_user_group, Unset):
            agent_user_group = UNSET
        elif isinstance(self.agent_user_group, ShellAgentUserGroupType0):
            agent_user_group = self.agent_user_group.to_dict()
        else:
            agent_user_group = self.agent_user_group

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        display_name = self.display_name

        exit_status = self.exit_status

        private_key = self.private_key

        public_key = self.public_key

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "jobId": job_id,
                "resourcePool": resource_pool,
                "startTime": start_time,
                "state": state,
                "username": username,
                "workspaceId": workspace_id,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group
        if container is not UNSET:
            field_dict["container"] = container
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if exit_status is not UNSET:
            field_dict["exitStatus"] = exit_status
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")
        if type(description) is not str:
            raise TypeError(f"Shell.description: expected str, got {type(description).__name__}")

        id = d.pop("id")
        if type(id) is not str:
            raise TypeError(f"Shell.id: expected str, got {type(id).__name__}")

        job_id = d.pop("jobId")
        if type(job_id) is not str:
            raise TypeError(f"Shell.jobId: expected str, got {type(job_id).__name__}")

        resource_pool = d.pop("resourcePool")
        if type(resource_pool) is not str:
            raise TypeError(f"Shell.resourcePool: expected str, got {type(resource_pool).__name__}")

        _start_time = d.pop("startTime")
        start_time: datetime.datetime | None
        if _start_time is None:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise TypeError(f"Shell.startTime: expected str (date-time), got {type(_start_time).__name__}")
            start_time_type_0 = datetime.datetime.fromisoformat(_start_time)

            start_time = start_time_type_0

        _state = d.pop("state")
        if type(_state) is not str:
            raise TypeError(f"Shell.state: expected str, got {type(_state).__name__}")
        state = check_task_state(_state)

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"Shell.username: expected str, got {type(username).__name__}")

        workspace_id = d.pop("workspaceId")
        if type(workspace_id) is not int:
            raise TypeError(f"Shell.workspaceId: expected int, got {type(workspace_id).__name__}")

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ShellAddressesItem] | Unset = UNSET
        if _addresses is not UNSET:
            if not isinstance(_addresses, list):
                raise TypeError(f"Shell.addresses: expected list, got {type(_addresses).__name__}")
            addresses = []
            for addresses_item_data in _addresses:
                if not isinstance(addresses_item_data, dict):
                    raise TypeError(f"Shell.addresses item: expected object, got {type(addresses_item_data).__name__}")
                addresses_item = ShellAddressesItem.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: None | ShellAgentUserGroupType0 | Unset
        if _agent_user_group is None or _agent_user_group is UNSET:
            agent_user_group = _agent_user_group
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(f"Shell.agentUserGroup: expected object, got {type(_agent_user_group).__name__}")
            agent_user_group_type_0 = ShellAgentUserGroupType0.from_dict(_agent_user_group)

            agent_user_group = agent_user_group_type_0

        _container = d.pop("container", UNSET)
        container: Container | None | Unset
        if _container is None or _container is UNSET:
            container = _container
        else:
            if not isinstance(_container, dict):
                raise TypeError(f"Shell.container: expected object, got {type(_container).__name__}")
            container_type_0 = Container.from_dict(_container)

            container = container_type_0

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"Shell.displayName: expected str, got {type(display_name).__name__}")

        exit_status = d.pop("exitStatus", UNSET)
        if type(exit_status) is not str and exit_status is not UNSET:
            raise TypeError(f"Shell.exitStatus: expected str, got {type(exit_status).__name__}")

        private_key = d.pop("privateKey", UNSET)
        if type(private_key) is not str and private_key is not UNSET:
            raise TypeError(f"Shell.privateKey: expected str, got {type(private_key).__name__}")

        public_key = d.pop("publicKey", UNSET)
        if type(public_key) is not str and public_key is not UNSET:
            raise TypeError(f"Shell.publicKey: expected str, got {type(public_key).__name__}")

        user_id = d.pop("userId", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            raise TypeError(f"Shell.userId: expected int, got {type(user_id).__name__}")

        shell = cls(
            description,
            id,
            job_id,
            resource_pool,
            start_time,
            state,
            username,
            workspace_id,
            addresses,
            agent_user_group,
            container,
            display_name,
            exit_status,
            private_key,
            public_key,
            user_id,
        )

        shell.additional_properties = d if d else {}
        return shell

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
from ..models.container import Container  # noqa: E402
from ..models.shell_addresses_item import ShellAddressesItem  # noqa: E402
from ..models.shell_agent_user_group_type_0 import ShellAgentUserGroupType0  # noqa: E402
