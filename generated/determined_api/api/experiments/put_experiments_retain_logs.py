from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.put_experiments_retain_logs_request import PutExperimentsRetainLogsRequest
from ...types import CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.put_experiments_retain_logs_response import PutExperimentsRetainLogsResponse


def _get_kwargs(
    project_id: int,
    *,
    body: PutExperimentsRetainLogsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/projects/{project_id}/experiments/retain_logs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | PutExperimentsRetainLogsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.PutExperimentsRetainLogsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | PutExperimentsRetainLogsResponse]":
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
    body: PutExperimentsRetainLogsRequest,
) -> "Response[ApiError | PutExperimentsRetainLogsResponse]":
    """Set log retention for several experiments

     putExperimentRetainLogs for every listed id, or for every experiment matching `filters`. Answers one
    result per experiment, with an error message where it failed.

    Args:
        project_id (int):
        body (PutExperimentsRetainLogsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PutExperimentsRetainLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PutExperimentsRetainLogsRequest,
) -> "ApiError | PutExperimentsRetainLogsResponse | None":
    """Set log retention for several experiments

     putExperimentRetainLogs for every listed id, or for every experiment matching `filters`. Answers one
    result per experiment, with an error message where it failed.

    Args:
        project_id (int):
        body (PutExperimentsRetainLogsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PutExperimentsRetainLogsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PutExperimentsRetainLogsRequest,
) -> "Response[ApiError | PutExperimentsRetainLogsResponse]":
    """Set log retention for several experiments

     putExperimentRetainLogs for every listed id, or for every experiment matching `filters`. Answers one
    result per experiment, with an error message where it failed.

    Args:
        project_id (int):
        body (PutExperimentsRetainLogsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PutExperimentsRetainLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PutExperimentsRetainLogsRequest,
) -> "ApiError | PutExperimentsRetainLogsResponse | None":
    """Set log retention for several experiments

     putExperimentRetainLogs for every listed id, or for every experiment matching `filters`. Answers one
    result per experiment, with an error message where it failed.

    Args:
        project_id (int):
        body (PutExperimentsRetainLogsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PutExperimentsRetainLogsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed


def _from_json(data: Any) -> "PutExperimentsRetainLogsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.PutExperimentsRetainLogsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "PutExperimentsRetainLogsResponse":
    return _from_json(decode_json(response.content))


def request(
    project_id: int,
    *,
    body: PutExperimentsRetainLogsRequest,
    **options: Unpack[CallOptions],
) -> "Request[PutExperimentsRetainLogsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    return Request("put_experiments_retain_logs", kwargs, _parse_ok, options, _from_json)
