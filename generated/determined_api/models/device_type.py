from typing import Literal, cast

DeviceType = Literal["TYPE_CPU", "TYPE_CUDA", "TYPE_ROCM", "TYPE_UNSPECIFIED"]

DEVICE_TYPE_VALUES: set[DeviceType] = {
    "TYPE_CPU",
    "TYPE_CUDA",
    "TYPE_ROCM",
    "TYPE_UNSPECIFIED",
}


def check_device_type(value: str) -> DeviceType:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(DeviceType, value)
