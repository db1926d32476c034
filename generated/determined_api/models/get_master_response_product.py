from typing import Literal, cast

GetMasterResponseProduct = Literal["PRODUCT_COMMUNITY", "PRODUCT_UNSPECIFIED"]

GET_MASTER_RESPONSE_PRODUCT_VALUES: set[GetMasterResponseProduct] = {
    "PRODUCT_COMMUNITY",
    "PRODUCT_UNSPECIFIED",
}


def check_get_master_response_product(value: str) -> GetMasterResponseProduct:
    """Return value as the enum type. Forward compatible (determined-client template):
    a value a newer master added is passed through unchanged instead of raising."""
    return cast(GetMasterResponseProduct, value)
