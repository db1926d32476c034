from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_tensorboards_request_sort_by import (
    GetTensorboardsRequestSortBy,
)
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_tensorboards_response import GetTensorboardsResponse
    from ...models.tensorboard import Tensorboard


def _get_kwargs(
    *,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
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

    json_users: list[str] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_user_ids: list[int] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["userIds"] = json_user_ids

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tensorboards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetTensorboardsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetTensorboardsResponse.from_dict(_response_200)

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

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetTensorboardsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> "Response[ApiError | GetTensorboardsResponse]":
    """List TensorBoards

     TensorBoard instances running or queued on the cluster, filtered by owner and workspace, one page at
    a time; `limit` 0 returns every instance.

    Args:
        sort_by (GetTensorboardsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        workspace_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTensorboardsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        users=users,
        user_ids=user_ids,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> "ApiError | GetTensorboardsResponse | None":
    """List TensorBoards

     TensorBoard instances running or queued on the cluster, filtered by owner and workspace, one page at
    a time; `limit` 0 returns every instance.

    Args:
        sort_by (GetTensorboardsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        workspace_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTensorboardsResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        users=users,
        user_ids=user_ids,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> "Response[ApiError | GetTensorboardsResponse]":
    """List TensorBoards

     TensorBoard instances running or queued on the cluster, filtered by owner and workspace, one page at
    a time; `limit` 0 returns every instance.

    Args:
        sort_by (GetTensorboardsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        workspace_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTensorboardsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        users=users,
        user_ids=user_ids,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
) -> "ApiError | GetTensorboardsResponse | None":
    """List TensorBoards

     TensorBoard instances running or queued on the cluster, filtered by owner and workspace, one page at
    a time; `limit` 0 returns every instance.

    Args:
        sort_by (GetTensorboardsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        workspace_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTensorboardsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
            users=users,
            user_ids=user_ids,
            workspace_id=workspace_id,
        )
    ).parsed


def _from_json(data: Any) -> "GetTensorboardsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetTensorboardsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetTensorboardsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetTensorboardsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        users=users,
        user_ids=user_ids,
        workspace_id=workspace_id,
    )
    return Request("get_tensorboards", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetTensorboardsResponse") -> "list[Tensorboard]":
    items = page.tensorboards
    return items if isinstance(items, list) else []


def pages(
    *,
    sort_by: GetTensorboardsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    workspace_id: int | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetTensorboardsResponse, Tensorboard]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            sort_by=sort_by,
            order_by=order_by,
            users=users,
            user_ids=user_ids,
            workspace_id=workspace_id,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_tensorboards", page, _parse_ok, _items, start, options, _from_json)
