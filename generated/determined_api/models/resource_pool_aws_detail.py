from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePoolAwsDetail")


@_attrs_define
class ResourcePoolAwsDetail:
    """
    Attributes:
        iam_instance_profile_arn (str):
        image_id (str):
        instance_name (str):
        public_ip (bool):
        region (str):
        root_volume_size (int):
        security_group_id (str):
        spot_enabled (bool):
        ssh_key_name (str):
        tag_key (str):
        tag_value (str):
        custom_tags (list[AwsCustomTag] | Unset):
        instance_type (str | Unset):
        log_group (str | Unset):
        log_stream (str | Unset):
        spot_max_price (str | Unset):
        subnet_id (str | Unset):
    """

    iam_instance_profile_arn: str
    image_id: str
    instance_name: str
    public_ip: bool
    region: str
    root_volume_size: int
    security_group_id: str
    spot_enabled: bool
    ssh_key_name: str
    tag_key: str
    tag_value: str
    custom_tags: list[AwsCustomTag] | Unset = UNSET
    instance_type: str | Unset = UNSET
    log_group: str | Unset = UNSET
    log_stream: str | Unset = UNSET
    spot_max_price: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iam_instance_profile_arn = self.iam_instance_profile_arn

        image_id = self.image_id

        instance_name = self.instance_name

        public_ip = self.public_ip

        region = self.region

        root_volume_size = self.root_volume_size

        security_group_id = self.security_group_id

        spot_enabled = self.spot_enabled

        ssh_key_name = self.ssh_key_name

        tag_key = self.tag_key

        tag_value = self.tag_value

        custom_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_tags, Unset):
            custom_tags = []
            for custom_tags_item_data in self.custom_tags:
                custom_tags_item = custom_tags_item_data.to_dict()
                custom_tags.append(custom_tags_item)

        instance_type = self.instance_type

        log_group = self.log_group

        log_stream = self.log_stream

        spot_max_price = self.spot_max_price

        subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iamInstanceProfileArn": iam_instance_profile_arn,
                "imageId": image_id,
                "instanceName": instance_name,
                "publicIp": public_ip,
                "region": region,
                "rootVolumeSize": root_volume_size,
                "securityGroupId": security_group_id,
                "spotEnabled": spot_enabled,
                "sshKeyName": ssh_key_name,
                "tagKey": tag_key,
                "tagValue": tag_value,
            }
        )
        if custom_tags is not UNSET:
            field_dict["customTags"] = custom_tags
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if log_group is not UNSET:
            field_dict["logGroup"] = log_group
        if log_stream is not UNSET:
            field_dict["logStream"] = log_stream
        if spot_max_price is not UNSET:
            field_dict["spotMaxPrice"] = spot_max_price
        if subnet_id is not UNSET:
            field_dict["subnetId"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iam_instance_profile_arn = d.pop("iamInstanceProfileArn")
        if type(iam_instance_profile_arn) is not str:
            raise TypeError(
                f"ResourcePoolAwsDetail.iamInstanceProfileArn: expected str, got {type(iam_instance_profile_arn).__name__}"
            )

        image_id = d.pop("imageId")
        if type(image_id) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.imageId: expected str, got {type(image_id).__name__}")

        instance_name = d.pop("instanceName")
        if type(instance_name) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.instanceName: expected str, got {type(instance_name).__name__}")

        public_ip = d.pop("publicIp")
        if type(public_ip) is not bool:
            raise TypeError(f"ResourcePoolAwsDetail.publicIp: expected bool, got {type(public_ip).__name__}")

        region = d.pop("region")
        if type(region) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.region: expected str, got {type(region).__name__}")

        root_volume_size = d.pop("rootVolumeSize")
        if type(root_volume_size) is not int:
            raise TypeError(
                f"ResourcePoolAwsDetail.rootVolumeSize: expected int, got {type(root_volume_size).__name__}"
            )

        security_group_id = d.pop("securityGroupId")
        if type(security_group_id) is not str:
            raise TypeError(
                f"ResourcePoolAwsDetail.securityGroupId: expected str, got {type(security_group_id).__name__}"
            )

        spot_enabled = d.pop("spotEnabled")
        if type(spot_enabled) is not bool:
            raise TypeError(f"ResourcePoolAwsDetail.spotEnabled: expected bool, got {type(spot_enabled).__name__}")

        ssh_key_name = d.pop("sshKeyName")
        if type(ssh_key_name) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.sshKeyName: expected str, got {type(ssh_key_name).__name__}")

        tag_key = d.pop("tagKey")
        if type(tag_key) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.tagKey: expected str, got {type(tag_key).__name__}")

        tag_value = d.pop("tagValue")
        if type(tag_value) is not str:
            raise TypeError(f"ResourcePoolAwsDetail.tagValue: expected str, got {type(tag_value).__name__}")

        _custom_tags = d.pop("customTags", UNSET)
        custom_tags: list[AwsCustomTag] | Unset = UNSET
        if _custom_tags is not UNSET:
            if not isinstance(_custom_tags, list):
                raise TypeError(f"ResourcePoolAwsDetail.customTags: expected list, got {type(_custom_tags).__name__}")
            custom_tags = []
            for custom_tags_item_data in _custom_tags:
                if not isinstance(custom_tags_item_data, dict):
                    raise TypeError(
                        f"ResourcePoolAwsDetail.customTags item: expected object, got {type(custom_tags_item_data).__name__}"
                    )
                custom_tags_item = AwsCustomTag.from_dict(custom_tags_item_data)

                custom_tags.append(custom_tags_item)

        instance_type = d.pop("instanceType", UNSET)
        if type(instance_type) is not str and instance_type is not UNSET:
            raise TypeError(f"ResourcePoolAwsDetail.instanceType: expected str, got {type(instance_type).__name__}")

        log_group = d.pop("logGroup", UNSET)
        if type(log_group) is not str and log_group is not UNSET:
            raise TypeError(f"ResourcePoolAwsDetail.logGroup: expected str, got {type(log_group).__name__}")

        log_stream = d.pop("logStream", UNSET)
        if type(log_stream) is not str and log_stream is not UNSET:
            raise TypeError(f"ResourcePoolAwsDetail.logStream: expected str, got {type(log_stream).__name__}")

        spot_max_price = d.pop("spotMaxPrice", UNSET)
        if type(spot_max_price) is not str and spot_max_price is not UNSET:
            raise TypeError(f"ResourcePoolAwsDetail.spotMaxPrice: expected str, got {type(spot_max_price).__name__}")

        subnet_id = d.pop("subnetId", UNSET)
        if type(subnet_id) is not str and subnet_id is not UNSET:
            raise TypeError(f"ResourcePoolAwsDetail.subnetId: expected str, got {type(subnet_id).__name__}")

        resource_pool_aws_detail = cls(
            iam_instance_profile_arn,
            image_id,
            instance_name,
            public_ip,
            region,
            root_volume_size,
            security_group_id,
            spot_enabled,
            ssh_key_name,
            tag_key,
            tag_value,
            custom_tags,
            instance_type,
            log_group,
            log_stream,
            spot_max_price,
            subnet_id,
        )

        resource_pool_aws_detail.additional_properties = d if d else {}
        return resource_pool_aws_detail

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
from ..models.aws_custom_tag import AwsCustomTag  # noqa: E402
