from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.table_type import TableType
from ...types import UNSET, CallOptions, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_project_columns_response import GetProjectColumnsResponse


def _get_kwargs(
    project_id: int,
    *,
    table_type: TableType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_table_type: str | Unset = UNSET
    if not isinstance(table_type, Unset):
        json_table_type = table_type

    params["tableType"] = json_table_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_id}/columns".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetProjectColumnsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetProjectColumnsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetProjectColumnsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    table_type: TableType | Unset = UNSET,
) -> "Response[ApiError | GetProjectColumnsResponse]":
    """List a project's table columns

     The columns the Web UI can show for the experiments or runs of a project: general fields,
    hyperparameters and metric names with their types.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        project_id (int):
        table_type (TableType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetProjectColumnsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        table_type=table_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    table_type: TableType | Unset = UNSET,
) -> "ApiError | GetProjectColumnsResponse | None":
    """List a project's table columns

     The columns the Web UI can show for the experiments or runs of a project: general fields,
    hyperparameters and metric names with their types.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        project_id (int):
        table_type (TableType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetProjectColumnsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        table_type=table_type,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    table_type: TableType | Unset = UNSET,
) -> "Response[ApiError | GetProjectColumnsResponse]":
    """List a project's table columns

     The columns the Web UI can show for the experiments or runs of a project: general fields,
    hyperparameters and metric names with their types.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        project_id (int):
        table_type (TableType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetProjectColumnsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        table_type=table_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    table_type: TableType | Unset = UNSET,
) -> "ApiError | GetProjectColumnsResponse | None":
    """List a project's table columns

     The columns the Web UI can show for the experiments or runs of a project: general fields,
    hyperparameters and metric names with their types.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        project_id (int):
        table_type (TableType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetProjectColumnsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            table_type=table_type,
        )
    ).parsed


def _from_json(data: Any) -> "GetProjectColumnsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetProjectColumnsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetProjectColumnsResponse":
    return _from_json(decode_json(response.content))


def request(
    project_id: int,
    *,
    table_type: TableType | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetProjectColumnsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        project_id=project_id,
        table_type=table_type,
    )
    return Request("get_project_columns", kwargs, _parse_ok, options, _from_json)
