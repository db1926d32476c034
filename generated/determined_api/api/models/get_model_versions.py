from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_model_versions_request_sort_by import (
    GetModelVersionsRequestSortBy,
)
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_model_versions_response import GetModelVersionsResponse
    from ...models.model_version import ModelVersion


def _get_kwargs(
    model_name: str,
    *,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/{model_name}/versions".format(
            model_name=quote(str(model_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetModelVersionsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetModelVersionsResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetModelVersionsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "Response[ApiError | GetModelVersionsResponse]":
    """List a model's versions

     The versions of one model, with the model itself, one page at a time; `limit` 0 returns every
    version.

    Args:
        model_name (str):
        sort_by (GetModelVersionsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetModelVersionsResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "ApiError | GetModelVersionsResponse | None":
    """List a model's versions

     The versions of one model, with the model itself, one page at a time; `limit` 0 returns every
    version.

    Args:
        model_name (str):
        sort_by (GetModelVersionsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetModelVersionsResponse
    """

    return sync_detailed(
        model_name=model_name,
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "Response[ApiError | GetModelVersionsResponse]":
    """List a model's versions

     The versions of one model, with the model itself, one page at a time; `limit` 0 returns every
    version.

    Args:
        model_name (str):
        sort_by (GetModelVersionsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetModelVersionsResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> "ApiError | GetModelVersionsResponse | None":
    """List a model's versions

     The versions of one model, with the model itself, one page at a time; `limit` 0 returns every
    version.

    Args:
        model_name (str):
        sort_by (GetModelVersionsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetModelVersionsResponse
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
        )
    ).parsed


def _from_json(data: Any) -> "GetModelVersionsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetModelVersionsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetModelVersionsResponse":
    return _from_json(decode_json(response.content))


def request(
    model_name: str,
    *,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetModelVersionsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        model_name=model_name,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
    )
    return Request("get_model_versions", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetModelVersionsResponse") -> "list[ModelVersion]":
    items = page.model_versions
    return items if isinstance(items, list) else []


def pages(
    model_name: str,
    *,
    sort_by: GetModelVersionsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetModelVersionsResponse, ModelVersion]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            model_name=model_name,
            sort_by=sort_by,
            order_by=order_by,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_model_versions", page, _parse_ok, _items, start, options, _from_json)
